import type { T7TicketRow } from '@automation-engine/vendor-apis';

export interface T7PredictionCall {
  at: number;
  ticketId: string;
  assets: string[];
  rows: number;
}

export interface T7SavedMetrics {
  at: number;
  ticketId: string;
  ticketRows: T7TicketRow[];
}

export interface T7LiveMetrics {
  at: number;
  ticketId: string;
  assetId: string;
  automatedSuccessfully: boolean;
}

/** What the engine sent T7: prediction requests and metrics feedback, for the control API. */
export class T7CallLog {
  readonly predictions: T7PredictionCall[] = [];
  readonly savedMetrics: T7SavedMetrics[] = [];
  readonly liveMetrics: T7LiveMetrics[] = [];

  clearMetrics(): number {
    const count = this.savedMetrics.length + this.liveMetrics.length;
    this.savedMetrics.length = 0;
    this.liveMetrics.length = 0;
    return count;
  }

  reset(): void {
    this.predictions.length = 0;
    this.clearMetrics();
  }
}
