output "names" {
  description = "cluster_name, namespace, dns_host, release_name, resource_group, state_bucket, storage_account and registry_repository, each valid for the platform that consumes it."
  value       = local.names

  precondition {
    condition     = length(local.violations) == 0
    error_message = join("\n", local.messages)
  }
}

output "tags" {
  description = "Tags (labels on GCP and on a local cluster): org, env, bu, app, owner and managed-by."
  value       = local.tags
}
