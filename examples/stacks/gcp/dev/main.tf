# The dev cluster stack on gcp: terraform-modules/gcp with the example config. The
# backend's settings (bucket and prefix) come from -backend-config only,
# so one configuration serves every state.
terraform {
  required_version = ">= 1.8.0"
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "7.5.0"
    }
  }
  backend "gcs" {}
}

provider "google" {
  project = "acme-platform-dev"
  region  = "europe-west1"
}

module "platform" {
  source = "../../../../terraform-modules/gcp"

  env                     = "dev"
  region                  = "europe-west1"
  bu                      = "platform"
  app                     = "gateway"
  owner                   = "platform-team"
  config_dir              = "${path.root}/../../../config"
  project_id              = "acme-platform-dev"
  master_authorized_cidrs = ["203.0.113.0/24"]
}

# The output contract, from the module.

output "cluster_name" {
  description = "Name of the cluster."
  value       = module.platform.cluster_name
}

output "cluster_type" {
  description = "aws, azure, gcp or local."
  value       = module.platform.cluster_type
}

output "kube_context" {
  description = "kubectl context that reaches the cluster."
  value       = module.platform.kube_context
}

output "cluster_gateway_public_address" {
  description = "Public address of the cluster's shared gateway."
  value       = module.platform.cluster_gateway_public_address
}

output "env_gateway_public_addresses" {
  description = "Public gateway address of each environment."
  value       = module.platform.env_gateway_public_addresses
}

output "dns_challenge_identities" {
  description = "Identity each DNS-01 solver runs as, one per consumer."
  value       = module.platform.dns_challenge_identities
}

output "secrets_source_uri" {
  description = "Where workloads read their secrets from."
  value       = module.platform.secrets_source_uri
}

output "workload_identities" {
  description = "Identity each app's workload runs as, by app."
  value       = module.platform.workload_identities
}

output "node_pools" {
  description = "Node pools of the cluster by name: machine type and autoscaling bounds."
  value       = module.platform.node_pools
}

output "ingress_class" {
  description = "Ingress class the cluster's gateway serves."
  value       = module.platform.ingress_class
}

output "dns_zone" {
  description = "DNS zone the cluster's hosts are published in: its name, domain and name servers."
  value       = module.platform.dns_zone
}

output "registry_endpoint" {
  description = "Container registry endpoint the cluster pulls images from."
  value       = module.platform.registry_endpoint
}
