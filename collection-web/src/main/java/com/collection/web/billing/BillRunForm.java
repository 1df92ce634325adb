package com.collection.web.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Which community, fee items and period to bill. */
public class BillRunForm {

  @NotNull
  private Long communityId;
  private List<Long> feeItemIds = new ArrayList<>();
  @NotBlank
  @Size(max = 7)
  private String period;

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public List<Long> getFeeItemIds() {
    return feeItemIds;
  }

  public void setFeeItemIds(List<Long> feeItemIds) {
    // an empty entry binds as null: it chooses nothing
    this.feeItemIds = feeItemIds == null ? new ArrayList<>()
        : new ArrayList<>(feeItemIds.stream().filter(java.util.Objects::nonNull).toList());
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
