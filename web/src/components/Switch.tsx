import type { InputHTMLAttributes, ReactNode } from 'react';

interface SwitchProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role'> {
  label: ReactNode;
}

/** An on/off switch: a checkbox (`role="switch"`) styled as a toggle, with its label. */
export function Switch({ label, className, ...input }: SwitchProps) {
  return (
    <label className={`sb-switch${className ? ` ${className}` : ''}`}>
      <input type="checkbox" role="switch" {...input} />
      <span className="sb-switch__track" aria-hidden="true" />
      <span>{label}</span>
    </label>
  );
}
