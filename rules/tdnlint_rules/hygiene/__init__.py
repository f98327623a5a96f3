"""Hygiene rules (TDN701-799)"""
