import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DiagnosticReportButton } from './DiagnosticReportButton';

interface State {
  error: Error | null;
}

/** A failure in one screen shows a message and a way back; the store is untouched by rendering. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Journey Mapper screen failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <section className="error-panel" role="alert">
        <h2>Something went wrong on this screen</h2>
        <p>
          Your saved cases are not affected: every change is saved whole or not at all. The problem was:{' '}
          {this.state.error.message}
        </p>
        <DiagnosticReportButton error={this.state.error} where={window.location.hash || '#/'} />{' '}
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
            window.location.hash = '#/';
          }}
        >
          Back to the case list
        </button>
      </section>
    );
  }
}
