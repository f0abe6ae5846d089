"""Sample board minutes (tests/fixtures/boards, bench/corpus/minutes-blind): rendering their sources into real
PDF and Word files (``render``), loading them (``samples``) and scoring the product's reading (``score``);
``python -m tests.minutes_samples`` prints the scores."""
