terraform {
  # Output preconditions and the functions used here exist in OpenTofu 1.6 and Terraform 1.5.
  required_version = ">= 1.6.0"
}
