package server

import (
	"log/slog"

	"github.com/entente-kg/entente/internal/lockedbuf"
)

func newTestLogger(w *lockedbuf.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
