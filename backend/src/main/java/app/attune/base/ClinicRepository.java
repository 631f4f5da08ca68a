package app.attune.base;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicRepository extends JpaRepository<Clinic, Short> {}
