"""Measuring the pipeline: `rag eval` (answers on a Q&A set) and `rag bench` (speed, memory).

`rag eval`, in the order a run goes:

    qaset       the Q&A set: read and checked line by line
    baselines   the configurations compared with the full pipeline (--compare)
    run         every question through one configuration, timed
    metrics     matching against the gold letter and section; scores and their aggregates
    report      report.json: metrics per configuration, citation checks
    render      the console table and report.md
    charts      the PNG charts
    evaluate    run_eval and evaluate_systems, which put these together

`rag bench` is the `bench` subpackage; `synth` writes its synthetic letters. Both
commands need the `eval` extra (`extra`).
"""
