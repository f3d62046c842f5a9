import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { CheckboxGroup } from '@/components/ui/field';
import { useCompanyValues } from '@/features/feedback/api/get-feedback-options';

/** The company values a giver may tag feedback with (nothing when the organization has none). */
export function ValuesField<T extends FieldValues>({
  control,
  name,
  error,
}: {
  control: Control<T>;
  name: Path<T>;
  error?: string;
}) {
  const values = useCompanyValues();
  const options = (values.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }));
  if (options.length === 0) return null;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxGroup
          legend="Company values it shows"
          name={name}
          options={options}
          value={field.value}
          onChange={field.onChange}
          error={error}
        />
      )}
    />
  );
}
