"""ECS Task Definition Wizard."""

__version__ = "0.1.0"
APP_ID = "io.github.ecs_taskdef_wizard.EcsTaskdefWizard"
APP_NAME = "ECS Task Definition Wizard"
