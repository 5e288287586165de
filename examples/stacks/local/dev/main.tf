# A local stand-in for a cluster stack: built-in resources and offline providers only, with the
# outputs of the cross-cloud contract every cloud module of this library also returns.
terraform {
  required_version = ">= 1.8.0"
  required_providers {
    random = {
      source  = "hashicorp/random"
      version = "3.9.0"
    }
  }
}

variable "env" {
  type        = string
  description = "Environment this stack serves."
  default     = "dev"
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

resource "random_id" "cluster" {
  byte_length = 3
  keepers = {
    env = var.env
  }
}

resource "terraform_data" "cluster" {
  input = {
    name    = "local-${var.env}-${random_id.cluster.hex}"
    gateway = var.gateway_addresses[var.env]
  }
}

resource "terraform_data" "admin" {
  input = {
    user     = "admin"
    password = var.admin_password
  }
}

output "cluster_name" {
  description = "Name of the cluster."
  value       = terraform_data.cluster.output.name
}

output "cluster_type" {
  description = "aws, azure, gcp or local."
  value       = "local"
}

output "kube_context" {
  description = "kubectl context that reaches the cluster."
  value       = "kind-${terraform_data.cluster.output.name}"
}

output "cluster_gateway_public_address" {
  description = "Public address of the cluster's shared gateway."
  value       = terraform_data.cluster.output.gateway
}

output "env_gateway_public_addresses" {
  description = "Public gateway address of each environment."
  value       = var.gateway_addresses
}

output "dns_challenge_identities" {
  description = "Identity each DNS-01 solver runs as, one per consumer."
  value = {
    for consumer in ["argocd", "dev", "staging", "prod"] :
    consumer => { gcp_service_account = "dns01-${consumer}@local-${var.env}.iam.gserviceaccount.com" }
  }
}

output "secrets_source_uri" {
  description = "Where workloads read their secrets from."
  value       = "http://127.0.0.1:8200/v1/kv/local/${var.env}"
}

output "admin_password" {
  description = "Break-glass admin password (sensitive: masked and never published)."
  value       = terraform_data.admin.output.password
  sensitive   = true
}
