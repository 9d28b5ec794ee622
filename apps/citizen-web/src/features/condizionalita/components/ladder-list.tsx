import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

/** The sanctions of a rule in ladder order, as an ordered list ("La 1ª volta: …", "Dalla 3ª volta in poi: …"). */
export function LadderList({ sanctions }: { sanctions: readonly string[] }) {
  const labels = useCondizionalitaLabels();
  return (
    <ol className="obligation-ladder">
      {labels.ladder(sanctions).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ol>
  );
}
