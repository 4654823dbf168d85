/** Error boundary around one panel: shows the typed error and a retry button, so one broken panel never blanks the map. */
import { Component, type ReactNode } from 'react';
import { probeerFoutenOpnieuw } from '../api/bron';
import { isApiFout } from '../api/client';

interface Props {
  /** Names the panel in the message, e.g. "Details". */
  titel: string;
  /** A change (e.g. another selection) clears the error: the new content may well work. */
  herstelSleutel?: string | null;
  children: ReactNode;
}

interface Toestand {
  /** Wrapped, because anything can be thrown, even null. */
  fout: { readonly waarde: unknown } | null;
  vorigeSleutel: string | null | undefined;
}

function foutTekst(fout: unknown): { melding: string; detail: string | null } {
  if (isApiFout(fout)) {
    const status = fout.status > 0 ? `, status ${fout.status}` : '';
    return {
      melding: fout.message,
      detail: `Foutcode: ${fout.code}${status}${fout.field ? `, veld: ${fout.field}` : ''}`,
    };
  }
  return { melding: 'Er ging iets mis bij het tonen van dit onderdeel.', detail: null };
}

export class PanelFoutGrens extends Component<Props, Toestand> {
  override state: Toestand = { fout: null, vorigeSleutel: this.props.herstelSleutel };

  static getDerivedStateFromError(fout: unknown): Partial<Toestand> {
    return { fout: { waarde: fout } };
  }

  static getDerivedStateFromProps(props: Props, state: Toestand): Partial<Toestand> | null {
    if (props.herstelSleutel !== state.vorigeSleutel)
      return { fout: null, vorigeSleutel: props.herstelSleutel };
    return null;
  }

  private opnieuw = (): void => {
    probeerFoutenOpnieuw();
    this.setState({ fout: null });
  };

  override render(): ReactNode {
    if (this.state.fout === null) return this.props.children;
    const { melding, detail } = foutTekst(this.state.fout.waarde);
    return (
      <div className="paneel-fout" role="alert">
        <p className="paneel-fout__titel">{this.props.titel}: dit onderdeel kon niet worden geladen.</p>
        <p>{melding}</p>
        {detail ? <p className="paneel-fout__detail">{detail}</p> : null}
        <button type="button" className="knop knop--secundair" onClick={this.opnieuw}>
          Opnieuw proberen
        </button>
      </div>
    );
  }
}
