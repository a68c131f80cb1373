import { useRef } from 'react';

interface Props {
  readonly label: string;
  readonly onFiles: (files: File[]) => void;
  readonly primary?: boolean;
}

/** A button that opens the file dialog for results files (.json, several at once). */
export function FilePickerButton({ label, onFiles, primary = false }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={primary ? 'res-button res-button--primary' : 'res-button'} onClick={() => inputRef.current?.click()}>
        {label}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".json,application/json"
        className="res-visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
