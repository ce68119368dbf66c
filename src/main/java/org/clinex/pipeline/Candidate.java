package org.clinex.pipeline;

import org.clinex.EntityType;

/**
 * A span that a rule proposed, before normalization: offsets into the original text, the token
 * range it covers (end-exclusive) and the name of the rule.
 */
public record Candidate(EntityType type, int start, int end, int firstToken, int endToken, String rule) {}
