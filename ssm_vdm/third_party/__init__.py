"""Thin adapters to outside projects; each module names its upstream and what it fixes."""
