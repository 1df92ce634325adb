package com.collection.web.arrears;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.LogAttemptCommand;
import com.collection.core.arrears.Reached;
import com.collection.core.shared.Viewer;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A collection attempt as the form sends it. Enums bind as enums (an unknown value is a message on
 * its field, {@code typeMismatch.attemptForm.*}); {@code when} is a {@code datetime-local} value,
 * bound by {@link AttemptsController}'s editor. The rules are core's ({@code LogCollectionAttempt}).
 */
class AttemptForm {

  private Channel channel = Channel.PHONE;
  private Reached reached = Reached.OWNER;
  private CaseCategory outcome;
  private LocalDate promisedDate;
  private String complaintWhat;
  private String complaintWords;
  private String said;
  private LocalDateTime when;
  private Long correctsAttemptId;
  private String back;
  private String token;

  LogAttemptCommand toCommand(long caseId, Viewer viewer) {
    // the complaint only goes with a refusal: what was typed for another outcome is not stored
    boolean refusing = outcome == CaseCategory.REFUSING;
    return new LogAttemptCommand(caseId, viewer, channel, reached, said, when, outcome,
        outcome == CaseCategory.PAY_SOON ? promisedDate : null, refusing ? complaintWhat : null,
        refusing ? complaintWords : null, correctsAttemptId);
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Reached getReached() {
    return reached;
  }

  public void setReached(Reached reached) {
    this.reached = reached;
  }

  public CaseCategory getOutcome() {
    return outcome;
  }

  public void setOutcome(CaseCategory outcome) {
    this.outcome = outcome;
  }

  public LocalDate getPromisedDate() {
    return promisedDate;
  }

  public void setPromisedDate(LocalDate promisedDate) {
    this.promisedDate = promisedDate;
  }

  public String getComplaintWhat() {
    return complaintWhat;
  }

  public void setComplaintWhat(String complaintWhat) {
    this.complaintWhat = complaintWhat;
  }

  public String getComplaintWords() {
    return complaintWords;
  }

  public void setComplaintWords(String complaintWords) {
    this.complaintWords = complaintWords;
  }

  public String getSaid() {
    return said;
  }

  public void setSaid(String said) {
    this.said = said;
  }

  public LocalDateTime getWhen() {
    return when;
  }

  public void setWhen(LocalDateTime when) {
    this.when = when;
  }

  public Long getCorrectsAttemptId() {
    return correctsAttemptId;
  }

  public void setCorrectsAttemptId(Long correctsAttemptId) {
    this.correctsAttemptId = correctsAttemptId;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token == null || token.isBlank() ? null : token.strip();
  }

  public String getBack() {
    return back;
  }

  public void setBack(String back) {
    this.back = back;
  }
}
