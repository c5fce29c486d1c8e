import { useEffect, useRef, useState } from 'react';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { Template } from '@/lib/api-types';
import { renderTemplate } from '../api/render-template';
import { replaceRange } from '../model/slash';

/**
 * Puts a template into the composer: fetched filled in for this chat, it replaces `range` (the
 * typed "/query", or the selection), so the operator edits it before sending.
 */
export function useTemplateInsert(chatId: string, text: string, onText: (text: string, caret: number) => void) {
  const { t } = useI18n();
  const toast = useToast();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const latest = useRef({ text, onText });
  useEffect(() => {
    latest.current = { text, onText };
  });

  /** `expected`: what `range` held when picked; typed on meanwhile, the template goes in without eating text. */
  const insert = async (template: Template, range: { start: number; end: number }, expected?: string) => {
    setPendingId(template.id);
    try {
      const rendered = await renderTemplate(chatId, template.id);
      const current = latest.current.text;
      const at = expected === undefined || current.slice(range.start, range.end) === expected ? range : { start: range.start, end: range.start };
      const safe = { start: Math.min(at.start, current.length), end: Math.min(at.end, current.length) };
      const next = replaceRange(current, safe, rendered.text);
      latest.current.onText(next.text, next.caret);
    } catch (error) {
      toast.show(errorMessage(error, t('composer.templateFailed')), 'error');
    } finally {
      setPendingId(null);
    }
  };

  return { pendingId, insert };
}
