//! Watchlist (placeholder).
