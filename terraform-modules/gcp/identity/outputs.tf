output "dns_challenge_identities" {
  description = "Service account each DNS-01 solver runs as, by consumer."
  value       = { for consumer in keys(var.dns_solvers) : consumer => { gcp_service_account = google_service_account.this["dns01-${consumer}"].email } }
}

output "workload_identities" {
  description = "Service account each app's workload runs as, by app."
  value       = { for app in keys(var.workloads) : app => { gcp_service_account = google_service_account.this["app-${app}"].email } }
}
