import { useId, useState, type FormEvent, type RefObject } from 'react';

export interface AddressFormProps {
  /** The class prefix of the form's parts: `${block}__form`, `${block}__add`, `${block}__hint`. */
  block: string;
  label: string;
  hint?: string;
  placeholder: string;
  type: 'text' | 'url';
  submitLabel: string;
  /**
   * Called in the submit event itself (it may ask the browser for access there) with the typed
   * text: the error to show at the field, or null when the address was taken and the field empties.
   */
  onSubmit: (value: string) => string | null;
  /** The field, for callers that move focus to it. */
  inputRef: RefObject<HTMLInputElement | null>;
}

/** One address field with its submit button; the error stays with the field until the next edit. */
export function AddressForm({
  block,
  label,
  hint,
  placeholder,
  type,
  submitLabel,
  onSubmit,
  inputRef,
}: AddressFormProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onSubmit(value);
    setError(problem);
    if (problem === null) setValue('');
    else inputRef.current?.focus();
  };

  const describedBy = [error ? `${id}-error` : '', hint === undefined ? '' : `${id}-hint`]
    .filter(Boolean)
    .join(' ');
  return (
    <form className={`${block}__form`} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-input`}>{label}</label>
        {hint === undefined ? null : (
          <p id={`${id}-hint`} className={`${block}__hint`}>
            {hint}
          </p>
        )}
        <div className={`${block}__add`}>
          <input
            id={`${id}-input`}
            ref={inputRef}
            type={type}
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy || undefined}
            onChange={(event) => {
              setValue(event.target.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" className="button button--primary">
            {submitLabel}
          </button>
        </div>
        {error ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
