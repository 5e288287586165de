# The cluster contract on this machine's providers only (random and the engine's built-in
# terraform_data): what a kind or k3d cluster stack returns, so the whole pipeline runs offline.
# Identities have the GCP form, which a local cluster stands in for.

locals {
  consumers = ["argocd", "dev", "staging", "prod"]
  project   = "local-${var.env}"
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

module "contract" {
  source = "../contract"

  cluster_name                   = terraform_data.cluster.output.name
  cluster_type                   = "local"
  kube_context                   = "kind-${terraform_data.cluster.output.name}"
  cluster_gateway_public_address = terraform_data.cluster.output.gateway
  env_gateway_public_addresses   = var.gateway_addresses
  dns_challenge_identities = {
    for consumer in local.consumers :
    consumer => { gcp_service_account = "dns01-${consumer}@${local.project}.iam.gserviceaccount.com" }
  }
  secrets_source_uri = "http://127.0.0.1:8200/v1/kv/local/${var.env}"
  workload_identities = {
    for app in var.apps : app => { gcp_service_account = "${app}@${local.project}.iam.gserviceaccount.com" }
  }
  node_pools = {
    default = { machine_type = "kind-node", min_size = 1, max_size = 1 }
  }
  ingress_class = var.ingress_class
  dns_zone = {
    name         = local.project
    domain       = "${var.env}.${var.base_domain}"
    name_servers = ["127.0.0.1"]
  }
  registry_endpoint = var.registry_endpoint
}
