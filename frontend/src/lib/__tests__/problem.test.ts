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

  it('keeps the index of list items so each shows under its own row', () => {
    const error = new ApiError(400, {
      errors: [
        { field: 'keyResults[1].targetValue', message: 'must differ from the start' },
        { field: 'create.request.keyResults[0].title', message: 'must not be blank' },
      ],
    });
    expect(toFormErrors(error).fieldErrors).toEqual({
      'keyResults.1.targetValue': 'must differ from the start',
      'keyResults.0.title': 'must not be blank',
    });
  });

  it('explains a version conflict without a detail', () => {
    expect(toFormErrors(new ApiError(409, {})).detail).toMatch(/Someone else changed this record/);
  });

  it('reports network failures as a connection problem', () => {
    expect(toFormErrors(new TypeError('Failed to fetch')).detail).toMatch(/could not reach Cairn/);
  });
});
