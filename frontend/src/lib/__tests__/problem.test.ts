import { describe, expect, it } from 'vitest';
import { ApiError, toFormErrors } from '@/lib/problem';

describe('toFormErrors', () => {
  it('maps problem+json errors[] to one message per field', () => {
    const error = new ApiError(400, {
      detail: 'The request is invalid.',
      errors: [
        { field: 'create.request.email', message: 'must be a well-formed email address' },
        { field: 'name', message: 'must not be blank' },
        { field: 'name', message: 'second message is ignored' },
      ],
    });
    expect(toFormErrors(error)).toEqual({
      detail: 'The request is invalid.',
      fieldErrors: { email: 'must be a well-formed email address', name: 'must not be blank' },
    });
  });

  it('explains a version conflict without a detail', () => {
    expect(toFormErrors(new ApiError(409, {})).detail).toMatch(/Someone else changed this record/);
  });

  it('reports network failures as a connection problem', () => {
    expect(toFormErrors(new TypeError('Failed to fetch')).detail).toMatch(/could not reach Cairn/);
  });
});
