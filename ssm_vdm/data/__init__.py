"""Data sources behind `ssm_vdm.input_pipeline`: one module per source, shared clip streams.

    sources.py          what every source gives: a Source, the clip span, config checks
    transform.py        decoded frames -> model input (crop, resize, [-1, 1])
    streams.py          the deterministic, resumable train stream and the eval pass
    synthetic_source.py built-in synthetic videos (no TensorFlow)
    tfds_source.py      TFDS ucf101 / minerl_navigate
    folder_source.py    a folder of video files
"""
