"""Seeing what the robot measured: annotated images, episode/bag videos.

- :mod:`~spatialvlm_ros.viz.geometry`: projecting gravity-aligned boxes and measured segments;
- :mod:`~spatialvlm_ros.viz.draw`: drawing an :class:`~spatialvlm_ros.viz.draw.Overlay` with Pillow;
- :mod:`~spatialvlm_ros.viz.annotate`: overlays from a scene graph or from recorded estimates;
- :mod:`~spatialvlm_ros.viz.output`: checking output paths, writing PNG / MP4 / GIF;
- :mod:`~spatialvlm_ros.viz.bag_video`: a video of a bag's camera frames with what the bag recorded.

Needs Pillow (a core dependency); videos need ``imageio`` + ``imageio-ffmpeg`` (``pip install
spatialvlm_ros[viz]``).
"""
