package com.aobsettlement.domain;

public enum Network {
    IN, OUT
}
