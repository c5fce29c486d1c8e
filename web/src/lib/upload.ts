import { ApiError, CSRF_COOKIE, CSRF_HEADER, ensureCsrf, readCookie, type ProblemDetail } from './api-client';

export interface UploadOptions {
  /** Called as the bytes go out: 0…1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function problemOf(xhr: XMLHttpRequest): ProblemDetail {
  let problem: ProblemDetail = {};
  try {
    const parsed: unknown = xhr.responseText ? JSON.parse(xhr.responseText) : null;
    if (parsed && typeof parsed === 'object') problem = parsed as ProblemDetail;
  } catch {
    // not JSON: keep the bare status
  }
  if (!problem.title) problem.title = xhr.statusText || `HTTP ${xhr.status}`;
  return problem;
}

function sendOnce<T>(path: string, form: FormData, { onProgress, signal }: UploadOptions): Promise<{ status: number; body?: T; error?: ApiError }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const token = readCookie(CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve({ status: xhr.status, body: (xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T });
        } catch {
          // a proxy's page instead of our answer: the upload did not land as a file we know
          reject(new TypeError('The server answered with something other than the file'));
        }
      } else {
        resolve({ status: xhr.status, error: new ApiError(xhr.status, problemOf(xhr)) });
      }
    };
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}

/**
 * Posts one file as multipart `file`, reporting progress (which `fetch` cannot). Same-origin
 * cookies and the CSRF header like every other call; a stale CSRF token is renewed once.
 */
export async function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<T> {
  const form = () => {
    const data = new FormData();
    data.append('file', file, file.name);
    return data;
  };
  if (!readCookie(CSRF_COOKIE)) await ensureCsrf();
  const sentToken = readCookie(CSRF_COOKIE);
  let answer = await sendOnce<T>(path, form(), options);
  if (answer.status === 403) {
    await ensureCsrf(true);
    if (readCookie(CSRF_COOKIE) !== sentToken) answer = await sendOnce<T>(path, form(), options);
  }
  if (answer.error) throw answer.error;
  return answer.body as T;
}
