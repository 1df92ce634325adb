package com.collection.persistence.estate;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

@Repository
class JpaCommunities implements Communities {

  private final CommunityJpaRepository repository;

  JpaCommunities(CommunityJpaRepository repository) {
    this.repository = repository;
  }

  @Override
  public Community save(Community community) {
    CommunityEntity entity = community.id() == null
        ? new CommunityEntity()
        : repository.findById(community.id()).orElseThrow();
    entity.copyFrom(community);
    return repository.save(entity).toDomain();
  }

  @Override
  public Optional<Community> byId(long id) {
    return repository.findById(id).map(CommunityEntity::toDomain);
  }

  @Override
  public boolean codeTaken(String code, Long exceptId) {
    return exceptId == null
        ? repository.existsByCode(code)
        : repository.existsByCodeAndIdNot(code, exceptId);
  }

  @Override
  public List<Community> all() {
    return repository.findAll(Sort.by("name")).stream().map(CommunityEntity::toDomain).toList();
  }

  @Override
  public long count() {
    return repository.count();
  }
}
