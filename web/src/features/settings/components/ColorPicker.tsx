import type { CSSProperties } from 'react';
import { CheckIcon } from '@/components/icons';
import { Popover, usePopover } from '@/components/Popover';
import { useI18n } from '@/i18n';

export const TAG_COLORS = ['#e11d48', '#f97316', '#f59e0b', '#16a34a', '#0d9488', '#0ea5e9', '#2563eb', '#7c3aed', '#db2777', '#64748b'];

interface ColorPickerProps {
  color: string;
  label: string;
  onChange: (color: string) => void;
  testId: string;
}

/** A colour swatch that opens a palette (and any colour through the system picker). */
export function ColorPicker({ color, label, onChange, testId }: ColorPickerProps) {
  const { t } = useI18n();
  const popover = usePopover();
  const pick = (value: string) => {
    popover.close();
    if (value.toLowerCase() !== color.toLowerCase()) onChange(value.toLowerCase());
  };
  return (
    <>
      <button
        type="button"
        className="sb-swatch"
        style={{ '--swatch': color } as CSSProperties}
        aria-label={label}
        title={label}
        aria-haspopup="dialog"
        aria-expanded={popover.open}
        onClick={popover.toggle}
        data-testid={testId}
        data-value={color}
      />
      {popover.open && (
        <Popover anchor={popover.anchor} onClose={popover.close} label={label}>
          <div className="sb-palette" role="radiogroup" aria-label={label}>
            {TAG_COLORS.map((value) => {
              const chosen = value === color.toLowerCase();
              return (
                <button
                  key={value}
                  type="button"
                  role="radio"
                  aria-checked={chosen}
                  className="sb-swatch sb-swatch--big"
                  style={{ '--swatch': value } as CSSProperties}
                  aria-label={value}
                  title={value}
                  onClick={() => pick(value)}
                  data-testid="color-option"
                  data-value={value}
                >
                  {chosen && <CheckIcon size={12} />}
                </button>
              );
            })}
          </div>
          <label className="sb-palette__custom">
            <span>{t('settings.tags.customColor')}</span>
            <input type="color" value={color} onChange={(event) => pick(event.target.value)} data-testid="color-custom" />
          </label>
        </Popover>
      )}
    </>
  );
}
