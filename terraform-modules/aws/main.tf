# An EKS platform: names and tags from common, a VPC, the cluster with its node group, the hosted
# zone of the environment, and the IAM roles of the DNS-01 solvers and the app's workload; the
# outputs of the contract every cluster stack returns. Providers are configured by the stack.

module "common" {
  source     = "../common"
  org        = var.org
  cloud      = "aws"
  env        = var.env
  region     = var.region
  bu         = var.bu
  app        = var.app
  owner      = var.owner
  config_dir = var.config_dir
}

locals {
  names = module.common.names
  # The environment's zone: the app's host less its first label.
  domain = regex("^[^.]+\\.(.*)$", local.names.dns_host)[0]
}

data "aws_caller_identity" "current" {}

module "network" {
  source             = "./network"
  name               = local.names.cluster_name
  cidr_block         = var.vpc_cidr
  availability_zones = var.availability_zones
  tags               = module.common.tags
}

module "cluster" {
  source              = "./cluster"
  name                = local.names.cluster_name
  kubernetes_version  = var.kubernetes_version
  subnet_ids          = module.network.private_subnet_ids
  public_access_cidrs = var.public_access_cidrs
  node_pool           = var.node_pool
  tags                = module.common.tags
}

resource "aws_route53_zone" "env" {
  name    = local.domain
  comment = "Hosts of ${local.names.cluster_name}"
  tags    = module.common.tags
}

module "identity" {
  source            = "./identity"
  name              = local.names.cluster_name
  oidc_provider_arn = module.cluster.oidc_provider_arn
  oidc_issuer       = module.cluster.oidc_issuer
  dns_zone_arn      = aws_route53_zone.env.arn
  dns_solvers       = var.dns_solvers
  workloads = {
    (var.app) = { namespace = local.names.namespace, service_account = local.names.release_name }
  }
  tags = module.common.tags
}

module "contract" {
  source = "../contract"

  cluster_name                   = module.cluster.name
  cluster_type                   = "aws"
  kube_context                   = module.cluster.arn
  cluster_gateway_public_address = module.network.gateway_public_ip
  env_gateway_public_addresses   = merge(var.env_gateway_public_addresses, { (var.env) = module.network.gateway_public_ip })
  dns_challenge_identities       = module.identity.dns_challenge_identities
  secrets_source_uri             = "aws-secretsmanager://${var.region}/${local.names.cluster_name}"
  workload_identities            = module.identity.workload_identities
  node_pools                     = module.cluster.node_pools
  ingress_class                  = var.ingress_class
  dns_zone = {
    name         = aws_route53_zone.env.zone_id
    domain       = local.domain
    name_servers = aws_route53_zone.env.name_servers
  }
  registry_endpoint = "${data.aws_caller_identity.current.account_id}.dkr.ecr.${var.region}.amazonaws.com"
}
