"""Layout rules (TDN601-699)"""
