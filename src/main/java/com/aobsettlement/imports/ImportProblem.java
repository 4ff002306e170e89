package com.aobsettlement.imports;

import com.aobsettlement.domain.ReasonCode;

/** Why an input row was not taken: becomes one exceptions row. */
public record ImportProblem(ReasonCode reason, String recordRef, String message) {
}
