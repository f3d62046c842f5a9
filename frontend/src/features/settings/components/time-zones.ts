/** The IANA time zones the browser knows, for pickers; `UTC` and `current` always included. */
export function timeZoneOptions(current?: string | null): { value: string; label: string }[] {
  const zones = new Set<string>(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}
