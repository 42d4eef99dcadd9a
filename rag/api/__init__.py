"""The HTTP API (`rag serve`): OpenAI-compatible chat with citations, search, letters."""
