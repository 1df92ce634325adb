package com.collection.core.rates;

/**
 * One row of a board: a building, a staff member, a community or the company, its figures and its
 * rank (null for "—" rows, which have nothing receivable). Staff rows carry their worklist
 * completion over the period (counting attempts made, open cases in breach now); others null.
 */
public record BoardRow(long id, String name, Long communityId, Integer rank, Figures figures, Completion completion) {

  public BoardRow withRank(Integer newRank) {
    return new BoardRow(id, name, communityId, newRank, figures, completion);
  }

  /** Counting attempts the staff member made in the period and open cases of their buildings in breach now. */
  public record Completion(long attempts, long breaches) {
  }
}
