"""The AWS layer: profiles, clients, the ECS gateway, error mapping (boto3, no Qt)."""
