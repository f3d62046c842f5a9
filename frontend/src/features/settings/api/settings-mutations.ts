import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  organizationKeys,
  type Organization,
  type OrganizationRequest,
} from '@/features/settings/api/get-organization';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';
import { sessionStore, type Me } from '@/lib/session';

export type PreferencesRequest = RequestBody<'/api/v1/me/preferences', 'put'>;

export function updatePreferences(body: PreferencesRequest): Promise<Me> {
  return unwrap(api.PUT('/api/v1/me/preferences', { body }));
}

export function updateOrganization(body: OrganizationRequest): Promise<Organization> {
  return unwrap(api.PUT('/api/v1/organization', { body }));
}

/** Every date on screen follows the signed-in person's zone: re-render with the new one. */
function useAdoptPerson() {
  const queryClient = useQueryClient();
  return (person: Me) => {
    sessionStore.updatePerson(person);
    return queryClient.invalidateQueries();
  };
}

export function useUpdatePreferences() {
  const adopt = useAdoptPerson();
  return useMutation({ mutationFn: updatePreferences, onSuccess: adopt });
}

/** The organization's zone is everyone's who has not chosen one: the caller's /me may change too. */
export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  const adopt = useAdoptPerson();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationKeys.all, organization);
      await adopt(await unwrap(api.GET('/api/v1/me')));
    },
  });
}
