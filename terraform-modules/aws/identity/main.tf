# IAM roles for service accounts: one per DNS-01 solver, allowed to change records of the zone
# only, and one per app's workload, with no permission until the app attaches its own.

locals {
  subjects = merge(
    { for consumer, s in var.dns_solvers : "dns01-${consumer}" => s },
    { for app, w in var.workloads : "app-${app}" => w },
  )
}

data "aws_iam_policy_document" "assume" {
  for_each = local.subjects
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_issuer}:sub"
      values   = ["system:serviceaccount:${each.value.namespace}:${each.value.service_account}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_issuer}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  for_each           = local.subjects
  name               = "${var.name}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.assume[each.key].json
  tags               = var.tags
}

# What cert-manager's Route 53 solver needs, and no more.
data "aws_iam_policy_document" "dns01" {
  statement {
    actions   = ["route53:GetChange"]
    resources = ["arn:aws:route53:::change/*"]
  }
  statement {
    actions   = ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"]
    resources = [var.dns_zone_arn]
  }
}

resource "aws_iam_role_policy" "dns01" {
  for_each = var.dns_solvers
  name     = "dns01"
  role     = aws_iam_role.this["dns01-${each.key}"].id
  policy   = data.aws_iam_policy_document.dns01.json
}
