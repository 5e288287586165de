# A local stand-in for a cluster stack: terraform-modules/local (built-in resources and offline
# providers only) returns the outputs of the cross-cloud contract every cloud module of this
# library also returns. The backend's settings come from -backend-config only.
terraform {
  required_version = ">= 1.8.0"
  required_providers {
    random = {
      source  = "hashicorp/random"
      version = "3.9.0"
    }
  }
  backend "local" {}
}

variable "env" {
  type        = string
  description = "Environment this stack serves."
  default     = "prod"
  validation {
    condition     = contains(["dev", "staging", "prod"], var.env)
    error_message = "env must be one of dev, staging, prod."
  }
}

variable "gateway_addresses" {
  type        = map(string)
  description = "Public address of each environment's gateway."
  default = {
    dev     = "127.0.0.1"
    staging = "127.0.0.2"
    prod    = "127.0.0.3"
  }
}

variable "admin_password" {
  type        = string
  description = "Password of the cluster's break-glass admin (an example of a sensitive input)."
  sensitive   = true
  default     = "local-admin-not-a-secret"
}

module "cluster" {
  source = "../../../../terraform-modules/local"

  env               = var.env
  gateway_addresses = var.gateway_addresses
}

# The cluster's resources were the stack's own before the module held them.
moved {
  from = random_id.cluster
  to   = module.cluster.random_id.cluster
}

moved {
  from = terraform_data.cluster
  to   = module.cluster.terraform_data.cluster
}

resource "terraform_data" "admin" {
  input = {
    user     = "admin"
    password = var.admin_password
  }
}

output "admin_password" {
  description = "Break-glass admin password (sensitive: masked and never published)."
  value       = terraform_data.admin.output.password
  sensitive   = true
}

# The output contract, from the module.

output "cluster_name" {
  description = "Name of the cluster."
  value       = module.cluster.cluster_name
}

output "cluster_type" {
  description = "aws, azure, gcp or local."
  value       = module.cluster.cluster_type
}

output "kube_context" {
  description = "kubectl context that reaches the cluster."
  value       = module.cluster.kube_context
}

output "cluster_gateway_public_address" {
  description = "Public address of the cluster's shared gateway."
  value       = module.cluster.cluster_gateway_public_address
}

output "env_gateway_public_addresses" {
  description = "Public gateway address of each environment."
  value       = module.cluster.env_gateway_public_addresses
}

output "dns_challenge_identities" {
  description = "Identity each DNS-01 solver runs as, one per consumer."
  value       = module.cluster.dns_challenge_identities
}

output "secrets_source_uri" {
  description = "Where workloads read their secrets from."
  value       = module.cluster.secrets_source_uri
}

output "workload_identities" {
  description = "Identity each app's workload runs as, by app."
  value       = module.cluster.workload_identities
}

output "node_pools" {
  description = "Node pools of the cluster by name: machine type and autoscaling bounds."
  value       = module.cluster.node_pools
}

output "ingress_class" {
  description = "Ingress class the cluster's gateway serves."
  value       = module.cluster.ingress_class
}

output "dns_zone" {
  description = "DNS zone the cluster's hosts are published in: its name, domain and name servers."
  value       = module.cluster.dns_zone
}

output "registry_endpoint" {
  description = "Container registry endpoint the cluster pulls images from."
  value       = module.cluster.registry_endpoint
}
