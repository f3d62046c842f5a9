import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeveloperPage } from '@/features/integrations/components/developer-page';
import { fromScopes, toScopes } from '@/features/integrations/components/scope-areas';
import { page } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const token = {
  id: 'tok-1',
  name: 'BI export',
  prefix: 'cairn_AbC123',
  scopes: ['objectives:read'],
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: '2027-01-30T10:00:00Z',
  lastUsedAt: '2026-11-20T08:30:00Z',
  lastUsedFrom: '203.0.113.7',
  revokedAt: null,
  status: 'ACTIVE',
};

describe('scopes', () => {
  it('maps the per-area choice to scopes and back, write winning over read', () => {
    expect(toScopes({ objectives: 'read', people: 'write', reviews: 'none' })).toEqual([
      'objectives:read',
      'people:write',
    ]);
    expect(fromScopes(['people:read', 'people:write']).people).toBe('write');
  });
});

describe('developer page', () => {
  it('lists tokens with prefix, scopes, last use and address, never a secret', async () => {
    mockApi({ 'GET /api/v1/api-tokens': () => json(page([token])) });
    renderWithProviders(<DeveloperPage />);
    const row = (await screen.findByText('BI export')).closest('tr')!;
    expect(within(row).getByText('cairn_AbC123…')).toBeInTheDocument();
    expect(within(row).getByText('objectives:read')).toBeInTheDocument();
    expect(within(row).getByText('from 203.0.113.7')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Swagger UI/ })).toHaveAttribute(
      'href',
      '/q/swagger-ui/',
    );
  });

  it('creates a token with the picked scopes and shows its secret once', async () => {
    const { requests } = mockApi({
      'GET /api/v1/api-tokens': () => json(page([])),
      'POST /api/v1/api-tokens': () =>
        json({ token: { ...token, name: 'Bot' }, secret: 'cairn_secret_value' }, 201),
    });
    renderWithProviders(<DeveloperPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(screen.getByText('Pick at least one scope.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Bot');
    const cascade = screen.getByRole('radiogroup', { name: 'Cascade' });
    await user.click(within(cascade).getByLabelText('Read'));
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByLabelText('Secret')).toHaveValue('cairn_secret_value');
    expect(screen.getByText(/you will not see it again/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    const body = await post.json();
    expect(body).toMatchObject({ name: 'Bot', scopes: ['cascade:read'] });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue('cairn_secret_value')).not.toBeInTheDocument();
  });

  it('shows the server naming a bad scope next to the scopes', async () => {
    mockApi({
      'GET /api/v1/api-tokens': () => json(page([])),
      'POST /api/v1/api-tokens': () =>
        problem(400, {
          detail: 'Invalid input',
          errors: [{ field: 'scopes[0]', message: 'is not a scope' }],
        }),
    });
    renderWithProviders(<DeveloperPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    await user.type(screen.getByLabelText('Name'), 'Bot');
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'People' })).getByLabelText('Read'),
    );
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('is not a scope')).toBeInTheDocument();
  });

  it('revokes a token only after confirmation', async () => {
    const { requests } = mockApi({
      'GET /api/v1/api-tokens': () => json(page([token])),
      'DELETE /api/v1/api-tokens/:id': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<DeveloperPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke BI export' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('BI export was revoked.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'DELETE')?.url).toContain('/api/v1/api-tokens/tok-1');
  });
});
