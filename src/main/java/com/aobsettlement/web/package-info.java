/**
 * The web side of `jobs/aob serve`: the operator's page, the report files served read-only, and the
 * security of both. Active only in the web context that `serve` starts.
 */
package com.aobsettlement.web;
