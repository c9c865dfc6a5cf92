"""The index: `layout` (the one place that knows the files, the manifest and the one atomic writer), `embedding`
(finds and loads the model), `build` and `vectors` (make it, reusing unchanged vectors), `load` (check, open,
rebuild when stale), `retrieval` (dense and BM25 search, fused)."""
