package com.crewdesk.company;

import org.springframework.data.repository.ListCrudRepository;

public interface CompanyRepository extends ListCrudRepository<Company, Long> {

}
