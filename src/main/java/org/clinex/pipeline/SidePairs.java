package org.clinex.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A motor examination that writes both sides as one pair ({@code Deltoid 4/4}, {@code biceps 4+/4-})
 * gives one MotorGrade per side (GUIDELINES round 3). The rule {@value #RULE} proposes the whole
 * pair, since a token such as {@code 4/4} cannot be cut by a token pattern; this cuts the pair at
 * its slash into one candidate per side. Both keep the pair's token range.
 */
final class SidePairs {
  static final String RULE = "motor_grade.side_pair";

  private SidePairs() {}

  static List<Candidate> split(List<Candidate> candidates, String text) {
    List<Candidate> out = new ArrayList<>(candidates.size() + 2);
    for (Candidate c : candidates) {
      int slash = c.rule().equals(RULE) ? text.indexOf('/', c.start()) : -1;
      if (slash < 0 || slash >= c.end()) {
        out.add(c);
        continue;
      }
      int leftEnd = slash;
      while (leftEnd > c.start() && Character.isWhitespace(text.charAt(leftEnd - 1))) {
        leftEnd--;
      }
      int rightStart = slash + 1;
      while (rightStart < c.end() && Character.isWhitespace(text.charAt(rightStart))) {
        rightStart++;
      }
      out.add(new Candidate(c.type(), c.start(), leftEnd, c.firstToken(), c.endToken(), RULE));
      out.add(new Candidate(c.type(), rightStart, c.end(), c.firstToken(), c.endToken(), RULE));
    }
    return out;
  }
}
