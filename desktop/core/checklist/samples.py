"""Sample checklists for tests, template previews and screenshots."""

from __future__ import annotations

from desktop.core.checklist.model import FAILED, NOT_RUN, PASSED, Checklist, Step


def sample_checklist(*, run: bool = True) -> Checklist:
    """A realistic ECS health-check reproduction; ``run=False`` gives it with no results yet."""
    steps: tuple[Step, ...] = (
        Step(
            action="aws ecs describe-task-definition --task-definition checkout-api:42",
            expected="containerPort 8080 mapped; no container-level healthCheck",
            actual="containerPort 8080 mapped; no container-level healthCheck",
            status=PASSED,
            evidence="Checked at 2024-05-14T09:12:07Z",
        ),
        Step(
            action="aws ecs describe-tasks --cluster prod --tasks <stopped-task-arn>",
            expected="stoppedReason is empty; healthStatus HEALTHY",
            actual="stoppedReason: Task failed ELB health checks in "
            "(target-group arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/co/abc)",
            status=FAILED,
            evidence="Request ID 3f1c2a9e-7b4d-4e1a-9c3e-2d5f6a7b8c9d at 2024-05-14T09:14:31Z",
        ),
        Step(
            action="curl -sv http://10.0.12.34:8080/healthz from a task in the same subnet",
            expected="HTTP 200 within 2 seconds",
        ),
    )
    if not run:
        steps = tuple(Step(action=s.action, expected=s.expected, status=NOT_RUN) for s in steps)
    return Checklist(
        title="ECS task fails its ELB health check",
        service="Amazon ECS (Fargate)",
        region="eu-west-1",
        versions="Fargate platform 1.4.0",
        settings="Target group health check: HTTP /healthz, interval 30s, 2 unhealthy",
        preconditions="Service checkout-api was redeployed at 09:05 UTC with task definition :42.",
        steps=steps,
    )
