/**
 * `bodySerializer` for the multipart operations of the document (file uploads): the typed body (`{ file: Blob, … }`,
 * generated from `format: binary`) becomes a FormData, text fields first (the API reads them before the file).
 * The browser then sets `Content-Type: multipart/form-data` with its boundary.
 *
 *     apiClient().POST('/api/citizen/plan/items/{itemId}/proof', { params, body: { file }, bodySerializer: asFormData })
 */
export function asFormData(body: Record<string, string | number | boolean | Blob | undefined>): FormData {
  const form = new FormData();
  const entries = Object.entries(body).filter((e): e is [string, string | number | boolean | Blob] => e[1] !== undefined);
  for (const [key, value] of entries) if (!(value instanceof Blob)) form.append(key, String(value));
  for (const [key, value] of entries) if (value instanceof Blob) form.append(key, value);
  return form;
}
