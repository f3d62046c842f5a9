import type { Person } from '@/features/people/api/get-people';
import type { Me, Session } from '@/lib/session';

const ORG = { id: 'org-1', name: 'Northwind Robotics', slug: 'northwind', timeZone: 'UTC' };

export function makeMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '11111111-1111-1111-1111-111111111111',
    email: 'erin.employee@example.com',
    name: 'Erin Employee',
    title: 'Engineer',
    roles: ['EMPLOYEE'],
    team: { id: 'team-1', name: 'Platform' },
    manager: { id: '22222222-2222-2222-2222-222222222222', name: 'Morgan Manager' },
    reportCount: 0,
    organization: ORG,
    timeZone: 'UTC',
    preferences: { timeZone: null },
    ...overrides,
  };
}

export function makeAdmin(overrides: Partial<Me> = {}): Me {
  return makeMe({
    id: '33333333-3333-3333-3333-333333333333',
    email: 'alex.admin@example.com',
    name: 'Alex Admin',
    title: 'People Ops',
    roles: ['ADMIN', 'EMPLOYEE'],
    manager: undefined,
    ...overrides,
  });
}

export function makeSession(person: Me = makeMe(), msValid = 60 * 60 * 1000): Session {
  return {
    accessToken: `token-for-${person.email}`,
    expiresAt: new Date(Date.now() + msValid).toISOString(),
    person,
  };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: crypto.randomUUID(),
    email: 'someone@example.com',
    name: 'Someone',
    title: 'Engineer',
    team: { id: 'team-1', name: 'Platform' },
    manager: undefined,
    roles: ['EMPLOYEE'],
    active: true,
    invitationPending: false,
    reportCount: 0,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 0,
    ...overrides,
  };
}

export function page<T>(items: T[], pageIndex = 0, size = 20, total = items.length) {
  return { items, page: pageIndex, size, total };
}
