"""A family's revisions after registering: where each is used, pruning, and a first run.

``account`` holds the clients and the calls; ``history`` lists revisions and
where they are used; ``prune`` plans and carries out a clean-up; ``run_task``
starts one task and follows it; ``network`` finds the default VPC's subnets.
"""
